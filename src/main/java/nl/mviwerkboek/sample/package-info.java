/** The sample plan of the fictional "Voorbeeldgemeente", built from the readable text in sample-data/. */
package nl.mviwerkboek.sample;
