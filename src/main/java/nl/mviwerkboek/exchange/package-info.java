/**
 * Reading (and later writing) office files: CSV, xlsx (streaming) and xls. The only package that
 * uses FastCSV, fastexcel and Apache POI; it hands rows of cell texts to the features.
 */
package nl.mviwerkboek.exchange;
