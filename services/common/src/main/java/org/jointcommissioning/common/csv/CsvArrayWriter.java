package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/** Writes a list answer that is a bare JSON array as CSV, a row per element, as {@link CsvListWriter} does. */
@Provider
@Produces(CsvListWriter.TEXT_CSV)
public class CsvArrayWriter implements MessageBodyWriter<List<?>> {

    @Inject
    ObjectMapper json;

    @Inject
    CsvPaging paging;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(CsvListWriter.TEXT_CSV))
                && CsvListWriter.producesCsv(annotations) && List.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(List<?> body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvListWriter.writeBody(json, paging, body, genericType, headers, out);
    }
}
