package ua.vidguk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VidgukApplication {

    public static void main(String[] args) {
        SpringApplication.run(VidgukApplication.class, args);
    }
}
