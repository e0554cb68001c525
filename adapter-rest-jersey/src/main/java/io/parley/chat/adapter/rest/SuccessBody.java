package io.parley.chat.adapter.rest;

/** {@code {"msg":"ok","data":...}}: the seed's success envelope; {@code data} is written even when null. */
record SuccessBody(String msg, Object data) {
    static SuccessBody of(Object data) {
        return new SuccessBody("ok", data);
    }
}
