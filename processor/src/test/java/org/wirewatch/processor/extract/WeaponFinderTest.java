package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.processor.lexicon.Lexicons;

class WeaponFinderTest {

    private static final WeaponFinder WEAPONS =
            new WeaponFinder(Lexicons.standard().weapons());

    @Test
    void shouldNotReadAStoryWhoseOnlyWeaponWordsNeedAContextItLacks() {
        assertThat(WEAPONS.mayNameAWeapon("The champion needed only three rounds to win the title."))
                .isFalse();
        assertThat(WEAPONS.mayNameAWeapon("The airline will lease twelve more planes for the summer."))
                .isFalse();
    }

    @Test
    void shouldReadAStoryWhereAWeaponWordHasMilitaryContext() {
        assertThat(WEAPONS.mayNameAWeapon("The army is running short of rounds."))
                .isTrue();
    }

    @Test
    void shouldReadAStoryWhereANamedSystemIsBeingSent() {
        assertThat(WEAPONS.mayNameAWeapon("Berlin said it would send two more Patriot batteries to Kyiv."))
                .isTrue();
    }

    @Test
    void shouldReadAStoryNamingAWeaponThatNeedsNoContext() {
        assertThat(WEAPONS.mayNameAWeapon("Officials said Shahed drones hit the port overnight."))
                .isTrue();
    }

    @Test
    void shouldNotReadAStoryWithoutWeaponWords() {
        assertThat(WEAPONS.mayNameAWeapon("Wheat exports rose for a third month."))
                .isFalse();
    }

    @Test
    void shouldReadAmmunitionNamedWithItsSystemAsAmmunitionOnly() {
        assertThat(WEAPONS.all("Madrid refused to send more Gepard ammunition to the front.").stream()
                        .map(WeaponTerm::category))
                .containsExactly(WeaponCategory.AMMUNITION);
        assertThat(WEAPONS.all("Oslo will supply anti-aircraft rounds to its neighbour.").stream()
                        .map(WeaponTerm::category))
                .containsExactly(WeaponCategory.AMMUNITION);
    }

    @Test
    void shouldNotReadTheSystemAmmunitionIsForAsTransferred() {
        assertThat(WEAPONS.all("Rome asked for 8,000 rounds of ammunition for the Gepard.").stream()
                        .map(WeaponTerm::category))
                .containsExactly(WeaponCategory.AMMUNITION);
        assertThat(
                        WEAPONS
                                .all(
                                        "Oslo sought spare parts and shells for its howitzers, and the guns that fire them.")
                                .stream()
                                .map(WeaponTerm::category))
                .containsExactly(WeaponCategory.AMMUNITION);
    }

    @Test
    void shouldKeepASystemThatIsItselfSent() {
        assertThat(WEAPONS.all("Rome sought ammunition for the Gepard guns it has sent to the front.").stream()
                        .map(WeaponTerm::category))
                .contains(WeaponCategory.AMMUNITION, WeaponCategory.AIR_DEFENSE);
    }
}
