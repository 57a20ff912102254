/**
 * The main class of the runnable bundle: boots Payara Micro and ends the process when the
 * application did not deploy. Not part of the web application's behaviour.
 */
package no.abctracker.launcher;
