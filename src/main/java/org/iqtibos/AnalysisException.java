package org.iqtibos;

/** A model or data file of iqtibos could not be loaded or is inconsistent. */
public final class AnalysisException extends RuntimeException {
    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
