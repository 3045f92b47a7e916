package dk.healthmarket.solution;

/** The solution's class under the EU Medical Device Regulation (2017/745). */
public enum MdrClass {
    NOT_A_DEVICE,
    CLASS_I,
    CLASS_IIA,
    CLASS_IIB,
    CLASS_III;

    public boolean isDevice() {
        return this != NOT_A_DEVICE;
    }

    /** From class IIa up, conformity is assessed by a notified body, whose certificate must be named. */
    public boolean needsNotifiedBody() {
        return this == CLASS_IIA || this == CLASS_IIB || this == CLASS_III;
    }
}
