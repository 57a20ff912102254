/**
 * The shared kernel: facts every component uses and that are defined once here, with no dependency
 * on any component — the municipalities' time zone ({@link no.abctracker.kernel.MunicipalTime}) and
 * the two languages of pages, reports and language maps ({@link no.abctracker.kernel.Language}).
 * The xAPI facts themselves (language tags, IRIs) are the LRS's, in {@code
 * no.abctracker.xapi.model.validation}. Out of scope: anything with state or persistence.
 */
package no.abctracker.kernel;
