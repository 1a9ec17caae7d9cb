package org.palermo.documents;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DocumentSettings.class, SearchSettings.class })
class DocumentsConfiguration {

	@Bean
	DocumentStorage documentStorage(DocumentSettings settings, @Value("${palermo.data-dir}") String dataDir) {
		if (settings.usesS3()) {
			return new S3DocumentStorage(settings);
		}
		return new FileSystemDocumentStorage(Path.of(dataDir, "documents"));
	}

	@Bean
	SearchIndex searchIndex(SearchSettings settings, @Value("${palermo.data-dir}") String dataDir) {
		if (settings.usesOpenSearch()) {
			return new OpenSearchIndex(settings);
		}
		return new LuceneSearchIndex(Path.of(dataDir, "search-index"));
	}

}
