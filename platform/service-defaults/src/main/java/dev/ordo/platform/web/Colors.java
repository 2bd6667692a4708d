package dev.ordo.platform.web;

import java.util.List;

/** The palette every colored thing of the API (projects, labels, ...) is chosen from, by name. */
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
