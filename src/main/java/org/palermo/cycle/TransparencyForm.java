package org.palermo.cycle;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A State's choice: show its focal point's contact publicly or not, and the official
 * contact to show (both blank: the focal point's own name and address).
 */
public record TransparencyForm(boolean showContact, @Size(max = 200) String contactName,
		@Email @Size(max = 254) String contactEmail, long version) {
}
