package dev.ordo.projects.project;

import java.util.List;

/** The palette a project's color is chosen from. */
public final class Colors {

    public static final String DEFAULT = "charcoal";

    /** For {@code @Pattern}: exactly one of the palette's names. */
    public static final String PATTERN = "berry_red|red|orange|yellow|olive_green|lime_green|green|mint_green|teal"
            + "|sky_blue|light_blue|blue|grape|violet|lavender|magenta|salmon|charcoal|grey|taupe";

    public static final String MESSAGE = "must be one of the palette: berry_red, red, orange, yellow, olive_green, "
            + "lime_green, green, mint_green, teal, sky_blue, light_blue, blue, grape, violet, lavender, magenta, "
            + "salmon, charcoal, grey, taupe";

    public static final List<String> ALL = List.of(PATTERN.split("\\|"));

    private Colors() {}
}
