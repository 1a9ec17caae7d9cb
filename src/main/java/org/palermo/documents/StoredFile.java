package org.palermo.documents;

/** A file as the storage keeps it: where, how big, and its SHA-256. */
record StoredFile(String storageKey, String fileName, String mediaType, long size, String sha256) {
}
