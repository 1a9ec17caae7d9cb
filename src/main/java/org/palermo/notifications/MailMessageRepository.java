package org.palermo.notifications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	List<MailMessage> findTop100ByDeliveryOrderByIdDesc(MailMessage.Delivery delivery);

	List<MailMessage> findTop200ByDeliveryNotOrderByIdDesc(MailMessage.Delivery delivery);

	List<MailMessage> findTop200ByDeliveryOrderByIdDesc(MailMessage.Delivery delivery);

	@Query("select m.delivery, count(m) from MailMessage m group by m.delivery")
	List<Object[]> countByDelivery();

}
