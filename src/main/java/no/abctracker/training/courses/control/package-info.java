/**
 * Reading and checking xAPI Profiles ({@link
 * no.abctracker.training.courses.control.ProfileStructure}, {@link
 * no.abctracker.training.courses.control.CourseData}), turning them into courses ({@link
 * no.abctracker.training.courses.control.XapiProfileReader}) and answering lookups ({@link
 * no.abctracker.training.courses.control.CourseCatalogue}).
 */
package no.abctracker.training.courses.control;
