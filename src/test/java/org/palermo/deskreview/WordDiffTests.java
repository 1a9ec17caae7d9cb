package org.palermo.deskreview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void wordsPutInAndTakenOutAreMarkedAndTheRestKept() {
		assertThat(WordDiff.between("the law protects witnesses", "the new law protects victims"))
			.isEqualTo("the {+new+} law protects [-witnesses-] {+victims+}");
	}

	@Test
	void aFirstWordingIsAllPutInAndARemovalAllTakenOut() {
		assertThat(WordDiff.between("", "two words")).isEqualTo("{+two words+}");
		assertThat(WordDiff.between("two words", "")).isEqualTo("[-two words-]");
	}

	@Test
	void arabicAndChineseWordsCompareAsWords() {
		assertThat(WordDiff.between("حماية الشهود", "حماية الضحايا")).isEqualTo("حماية [-الشهود-] {+الضحايا+}");
		assertThat(WordDiff.between("保护 证人", "保护 证人 和 被害人")).isEqualTo("保护 证人 {+和 被害人+}");
	}

}
