package dev.ordo.notifications.delivery;

/** A delivery that did not go out; {@code permanent} when trying again cannot help. */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
