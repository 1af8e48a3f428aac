package vn.haicap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HaicapApplication {

    public static void main(String[] args) {
        SpringApplication.run(HaicapApplication.class, args);
    }
}
