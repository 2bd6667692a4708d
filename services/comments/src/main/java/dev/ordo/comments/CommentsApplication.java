package dev.ordo.comments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Discussion on tasks and projects: comments with mentions, their earlier versions, reactions and attachments. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommentsApplication.class, args);
    }
}
