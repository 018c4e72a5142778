package org.jointcommissioning.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.paging.PageRequest;

import java.util.List;

/**
 * A page of a change feed: the changes after the cursor that was given, oldest first, and where to read on from.
 * {@code next} is never null: after the last change there is, it names that change's place, and a consumer polls
 * with it later for what has changed since.
 */
public record ChangeFeedPage<T>(
        @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "The changes after the cursor, in "
                + "the feed's order (the order their transactions wrote them in); fewer than `size` (perhaps none) "
                + "when the consumer has caught up")
        List<T> items,
        @Schema(required = true, maxLength = ChangeCursor.MAX_LENGTH, description = "The cursor to read on from; "
                + "never null. Store it once this page's items are processed and pass it as `cursor` next time: the "
                + "next page starts exactly after the last item of this one. When the page held fewer items than "
                + "`size`, the feed has nothing more for now: poll again later with this cursor")
        String next) {

    public static <T> ChangeFeedPage<T> of(ChangeSlice slice, java.util.function.Function<Change, T> item) {
        return new ChangeFeedPage<>(slice.changes().stream().map(item).toList(), slice.next().encoded());
    }
}
