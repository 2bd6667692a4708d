package dev.ordo.projects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Projects (and sub-projects), their members and roles, invitations, and every user's Inbox. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProjectsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectsApplication.class, args);
    }
}
