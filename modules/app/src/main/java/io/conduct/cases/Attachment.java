package io.conduct.cases;

/**
 * A file given with a report, a message or investigation evidence, kept in the tenant's
 * GridFS.
 *
 * @param id the GridFS file id
 * @param fileName the name given
 * @param contentType the type found in its bytes
 * @param size its size in bytes
 */
record Attachment(String id, String fileName, String contentType, long size) {
}
