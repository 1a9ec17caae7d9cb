package org.palermo.documents;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The library's own documents, as the search indexes them. */
@Component
class LibraryDocuments implements SearchableContentSource {

	static final String SOURCE = "document";

	private static final int BATCH = 200;

	private final LibraryDocumentRepository documents;

	private final TransactionTemplate readOnly;

	LibraryDocuments(LibraryDocumentRepository documents, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public long count() {
		return this.documents.count();
	}

	@Override
	public void forEach(Consumer<SearchableContent> consumer) {
		long after = 0;
		while (true) {
			long from = after;
			List<SearchableContent> batch = this.readOnly
				.execute((status) -> this.documents.findByIdGreaterThanOrderByIdAsc(from, PageRequest.of(0, BATCH))
					.map(LibraryDocument::searchable)
					.toList());
			if (batch == null || batch.isEmpty()) {
				return;
			}
			batch.forEach(consumer);
			after = Long.parseLong(batch.get(batch.size() - 1).id());
		}
	}

}
