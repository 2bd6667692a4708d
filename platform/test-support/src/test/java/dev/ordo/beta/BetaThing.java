package dev.ordo.beta;

/** A class of a made-up service "beta" that uses only the platform: what the rule allows. */
public class BetaThing {

    public String name() {
        return dev.ordo.platform.fixture.PlatformThing.prefix() + "beta";
    }
}
