package org.palermo.notifications;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** How mail reaches one person for one kind of notification. */
@Entity
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

	/** Mail for a kind: at once, once a day, or not at all (the inbox still has it). */
	enum Delivery {

		IMMEDIATE, DAILY_DIGEST, NONE;

		String labelKey() {
			return "notifications.delivery." + name();
		}

	}

	@Id
	private Long accountId;

	@Id
	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	protected NotificationPreference() {
	}

	NotificationPreference(long accountId, NotificationKind kind, Delivery delivery) {
		this.accountId = accountId;
		this.kind = kind;
		this.delivery = delivery;
	}

	void change(Delivery delivery) {
		this.delivery = delivery;
	}

	NotificationKind getKind() {
		return this.kind;
	}

	Delivery getDelivery() {
		return this.delivery;
	}

	/** The composite key. */
	static class Key implements Serializable {

		private Long accountId;

		private NotificationKind kind;

		Key() {
		}

		Key(Long accountId, NotificationKind kind) {
			this.accountId = accountId;
			this.kind = kind;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.accountId, key.accountId) && this.kind == key.kind;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.accountId, this.kind);
		}

	}

}
