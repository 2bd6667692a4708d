package dev.ordo.tasks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tasks and subtasks, sections, labels, priorities and priority rules, due dates, filters, quick add. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TasksApplication {

    public static void main(String[] args) {
        SpringApplication.run(TasksApplication.class, args);
    }
}
