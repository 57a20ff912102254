/**
 * Course certificates (kursbevis): a PDF per completed course with the person's name, the course,
 * the completion date (Europe/Oslo), how it was completed, the issuing municipality, a verification
 * code and a QR code of the public verification address; and {@code GET /verify/{code}}, which
 * confirms a certificate without login and shows nothing else about the person.
 *
 * <p>Also the one reader of completions for other components ({@link
 * no.abctracker.certificates.control.CourseCompletions}): a certificate and a super-user
 * prerequisite are both "this course is completed". The completions themselves are the progress
 * projection's ({@code course_completion}); a withdrawn (voided) completion makes its certificate
 * no longer valid. Out of scope: computing completions ({@code progress}), the staff pages ({@code
 * web}).
 */
package no.abctracker.certificates;
