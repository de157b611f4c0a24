package org.luoshi.api.spotcheck;

/** One sector of a campaign's frame: how many enterprises it holds and how many of them are drawn. */
public class StratumDTO {
    public String sector;
    public int population;
    public int quota;

    public StratumDTO() {
    }

    public StratumDTO(String sector, int population, int quota) {
        this.sector = sector;
        this.population = population;
        this.quota = quota;
    }
}
