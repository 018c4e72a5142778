package org.jointcommissioning.common.changes;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Where a change feed is read from and how much of it: the same two parameters on every service's feed
 * ({@code @BeanParam}); {@link ChangeLog#read} checks them.
 */
public class ChangeFeedQuery {

    @Parameter(description = "The `next` of the page read before; none to start from the beginning",
            schema = @Schema(type = SchemaType.STRING, maxLength = ChangeCursor.MAX_LENGTH))
    @QueryParam("cursor")
    @Size(max = ChangeCursor.MAX_LENGTH)
    public String cursor;

    @Parameter(description = "The most changes a page holds, 1 to 100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @QueryParam("size")
    public Integer size;
}
