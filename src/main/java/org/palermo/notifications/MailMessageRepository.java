package org.palermo.notifications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	List<MailMessage> findTop100ByDeliveryOrderByIdDesc(MailMessage.Delivery delivery);

}
