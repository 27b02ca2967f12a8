package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Bare Camunda 7.24 with its REST API: the reference every benchmark figure is a ratio to. */
@SpringBootApplication
public class BareCamunda {

    public static void main(String[] args) {
        SpringApplication.run(BareCamunda.class, args);
    }
}
