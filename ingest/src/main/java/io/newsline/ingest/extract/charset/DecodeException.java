package io.newsline.ingest.extract.charset;

/** A page that cannot be decoded; {@link #oversize()} tells a size-cap breach from unreadable bytes. */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean oversize;

    public DecodeException(String message, boolean oversize) {
        super(message);
        this.oversize = oversize;
    }

    public boolean oversize() {
        return oversize;
    }
}
