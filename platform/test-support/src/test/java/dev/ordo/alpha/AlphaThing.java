package dev.ordo.alpha;

/** A class of a made-up service "alpha" that reaches into another made-up service: what the rule forbids. */
public class AlphaThing {

    public String reachIntoBeta() {
        return new dev.ordo.beta.BetaThing().name();
    }
}
