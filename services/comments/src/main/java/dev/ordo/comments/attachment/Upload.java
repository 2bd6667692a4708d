package dev.ordo.comments.attachment;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrived: read as often as needed (it is on disk or in memory, not on the wire any more). */
interface Upload {

    /** Its name as the client gave it (maybe a whole path, maybe empty). */
    String originalName();

    /** The part's Content-Type, or null. */
    String declaredType();

    long size();

    InputStream open() throws IOException;
}
