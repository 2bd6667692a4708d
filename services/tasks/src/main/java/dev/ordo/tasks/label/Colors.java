package dev.ordo.tasks.label;

/** The palette a label's color is chosen from: the same as the projects service's. */
public final class Colors {

    public static final String DEFAULT = "charcoal";

    /** For {@code @Pattern}: exactly one of the palette's names. */
    public static final String PATTERN = "berry_red|red|orange|yellow|olive_green|lime_green|green|mint_green|teal"
            + "|sky_blue|light_blue|blue|grape|violet|lavender|magenta|salmon|charcoal|grey|taupe";

    public static final String MESSAGE = "must be one of the palette: berry_red, red, orange, yellow, olive_green, "
            + "lime_green, green, mint_green, teal, sky_blue, light_blue, blue, grape, violet, lavender, magenta, "
            + "salmon, charcoal, grey, taupe";

    private Colors() {}
}
