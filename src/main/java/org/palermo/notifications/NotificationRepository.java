package org.palermo.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	long countByUsernameAndReadAtIsNull(String username);

	@Query("select n from Notification n where n.username = ?1 and (?2 is null or n.kind = ?2) "
			+ "and (?3 = false or n.readAt is null) order by n.id desc")
	List<Notification> inbox(String username, NotificationKind kind, boolean unreadOnly, Pageable page);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.username = ?1 and n.readAt is null")
	int markAllRead(String username, Instant when);

	@Query("select distinct n.accountId from Notification n where n.digest = org.palermo.notifications.Notification.Digest.PENDING")
	List<Long> awaitingDigest();

	List<Notification> findByAccountIdAndDigestOrderByIdAsc(Long accountId, Notification.Digest digest);

	@Modifying
	@Query("update Notification n set n.digest = org.palermo.notifications.Notification.Digest.SENT "
			+ "where n.id in ?1 and n.digest = org.palermo.notifications.Notification.Digest.PENDING")
	int markDigested(Collection<Long> ids);

}
