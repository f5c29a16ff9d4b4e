/**
 * The NHS.UK design system as Faces: the helper bean behind the {@code urn:academy:nhsuk} tag files
 * ({@link academy.web.nhsuk.Fields}, bean {@code nhsuk}), the one status vocabulary
 * ({@link academy.web.nhsuk.Status}), and the renderers for the fields a tag file cannot draw:
 * radios, checkboxes and the three-field date input. See docs/design-system.md.
 */
package academy.web.nhsuk;
