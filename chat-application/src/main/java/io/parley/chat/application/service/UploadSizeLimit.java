package io.parley.chat.application.service;

import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.ReasonCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content that refuses to be read past the size limit: the read that brings it to limit + 1 bytes throws
 * {@code UPLOAD_TOO_LARGE} instead of handing those bytes on, so a store that copies it never holds more than the
 * limit, and by the media store's contract keeps nothing of it.
 */
final class UploadSizeLimit extends FilterInputStream {
    private final long limit;
    private long count;

    UploadSizeLimit(InputStream content, long limit) {
        super(content);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("upload content is read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw new DomainException(ReasonCode.UPLOAD_TOO_LARGE);
        }
    }
}
