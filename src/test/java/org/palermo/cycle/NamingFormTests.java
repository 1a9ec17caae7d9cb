package org.palermo.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused naming form comes back to the person through the session (a flash attribute),
 * which Spring Session stores in the database: it must survive serialization.
 */
class NamingFormTests {

	@Test
	void aNamingFormSurvivesTheSessionStore() throws Exception {
		NamingForm form = new NamingForm("KE", ReviewRole.FOCAL_POINT, null, "new.person", "New Person",
				"new@example.org", "NV/1", LocalDate.of(2026, 11, 1));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(form);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			assertThat(in.readObject()).isEqualTo(form);
		}
	}

}
