package org.jointcommissioning.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paths of a service that carry documents rather than JSON (uploads and downloads of files): there the body and
 * the answer may be of any media type (the resource checks which) and a body may be as large as a document may be.
 * None by default; a service names them with {@code platform.http.document-paths}, a regular expression of the path.
 */
@ApplicationScoped
public class DocumentPaths {

    @ConfigProperty(name = "platform.http.document-paths")
    Optional<String> paths;

    @ConfigProperty(name = "platform.http.document-max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    private Pattern pattern;

    @PostConstruct
    void compile() {
        pattern = paths.filter(p -> !p.isBlank()).map(Pattern::compile).orElse(null);
    }

    public boolean carriesDocuments(String path) {
        return pattern != null && pattern.matcher(path).matches();
    }

    /** The largest body a document path takes. */
    public long maxBodyBytes() {
        return maxBodySize.asLongValue();
    }
}
