package org.palermo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PalermoApplication {

	public static void main(String[] args) {
		SpringApplication.run(PalermoApplication.class, args);
	}

}
