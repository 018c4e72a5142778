package org.jointcommissioning.common.openapi;

/**
 * Operation ids from the resource method: SmallRye's {@code CLASS_METHOD} strategy gives {@code BidResource_submit},
 * which reads better as {@code submitBid}.
 */
final class OperationIds {

    private OperationIds() {
    }

    static String readable(String generated) {
        if (generated == null || !generated.contains("_")) {
            return generated;
        }
        String type = generated.substring(0, generated.indexOf('_')).replace("Resource", "");
        String method = generated.substring(generated.indexOf('_') + 1);
        return method + type;
    }
}
