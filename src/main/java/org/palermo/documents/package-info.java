/**
 * The library of legislation, case law, policies, guides, review documents and civil
 * society input that answers cite, and the multilingual full-text search over it and over
 * what other modules publish, which shows each reader only what they may read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents and search")
package org.palermo.documents;
