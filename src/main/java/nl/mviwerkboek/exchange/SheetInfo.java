package nl.mviwerkboek.exchange;

/** A sheet of a workbook (a CSV file has one), with a rough measure of how much data it holds. */
public record SheetInfo(int index, String name, long size) {
}
