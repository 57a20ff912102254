package no.abctracker.xapi.documents.entity;

import java.time.LocalDateTime;

/**
 * One stored version of a document. Rows are never updated: a write replaces the row.
 *
 * @param updated when it was written, UTC
 */
public record StoredDocument(
    long rowId, String documentId, DocumentContent content, String etag, LocalDateTime updated) {}
