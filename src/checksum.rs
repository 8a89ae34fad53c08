//! Check-digit arithmetic for the identifiers the recognizers look for.
//!
//! A checksum is what separates a real identifier from any other run of
//! digits: an NHS, CHI or H&C number carries a modulus-11 check digit, so a
//! random 10-digit number passes only about one time in eleven. These helpers
//! are pure digit maths; deciding whether a number is *meant* as an
//! identifier (context words, layout) is the recognizers' job.

/// The decimal digits of `text`, skipping spaces, dashes and any other
/// separator. Returns `None` when there are not exactly `N` digits.
pub fn digits<const N: usize>(text: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    let mut count = 0;
    for b in text.bytes().filter(u8::is_ascii_digit) {
        *out.get_mut(count)? = b - b'0';
        count += 1;
    }
    (count == N).then_some(out)
}

/// The modulus-11 check digit of nine digits, weighted 10 down to 2, as the
/// NHS, CHI and H&C schemes define it: `11 - sum % 11`, where 11 becomes 0
/// and 10 means no valid number can be made from these nine digits.
pub fn mod11_check_digit(first_nine: &[u8; 9]) -> Option<u8> {
    let sum: u32 = first_nine
        .iter()
        .zip((2..=10u32).rev())
        .map(|(&d, w)| u32::from(d) * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        check => u8::try_from(check).ok(),
    }
}

/// True when ten digits carry a correct modulus-11 check digit.
pub fn mod11_valid(ten: &[u8; 10]) -> bool {
    let mut first_nine = [0u8; 9];
    first_nine.copy_from_slice(&ten[..9]);
    mod11_check_digit(&first_nine) == Some(ten[9])
}

/// True when every digit is the same ("0000000000", "1111111111"): such
/// numbers can pass a checksum yet are placeholders, never real identifiers.
pub fn all_same(digits: &[u8]) -> bool {
    digits.windows(2).all(|w| w[0] == w[1])
}

/// True when the first six digits read as a real calendar date DDMMYY (any
/// century), as Scotland's CHI number begins with the date of birth.
pub fn is_ddmmyy(d: &[u8]) -> bool {
    let [d1, d2, m1, m2, y1, y2, ..] = *d else {
        return false;
    };
    let two = |a: u8, b: u8| u32::from(a) * 10 + u32::from(b);
    let (day, month, year) = (two(d1, d2), two(m1, m2), two(y1, y2));
    // Two-digit years are ambiguous about the century; 29 February is allowed
    // when the year could be a leap year in either century (00 is 2000).
    let leap = year % 4 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_ignores_separators_and_counts() {
        assert_eq!(digits::<3>("1-2 3"), Some([1, 2, 3]));
        assert_eq!(digits::<3>("12"), None);
        assert_eq!(digits::<3>("1234"), None);
        assert_eq!(digits::<2>("é1٣2"), Some([1, 2]));
    }

    #[test]
    fn nhs_style_check_digits() {
        // 943 476 5919 is the NHS's own published example number.
        let ok = digits::<10>("943 476 5919").expect("ten digits");
        assert!(mod11_valid(&ok));
        let wrong = digits::<10>("943 476 5918").expect("ten digits");
        assert!(!mod11_valid(&wrong));
    }

    #[test]
    fn remainder_zero_gives_check_zero() {
        // 11 - 0 = 11 -> 0.
        assert_eq!(mod11_check_digit(&[0; 9]), Some(0));
        // Weighted sum 10 -> 11 - 10 = 1.
        assert_eq!(mod11_check_digit(&[1, 0, 0, 0, 0, 0, 0, 0, 0]), Some(1));
    }

    #[test]
    fn check_value_ten_is_invalid() {
        // Weighted sum 1 * 10 + 0 ... + 1 * 2 = 12, 12 % 11 = 1, 11 - 1 = 10.
        let nine = [1, 0, 0, 0, 0, 0, 0, 0, 1];
        assert_eq!(mod11_check_digit(&nine), None);
        for last in 0..=9 {
            let mut ten = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0];
            ten[9] = last;
            assert!(!mod11_valid(&ten));
        }
    }

    #[test]
    fn same_digit_numbers_are_flagged_as_placeholders() {
        // Both pass the bare checksum, which is why callers must also ask all_same.
        assert!(mod11_valid(&[0; 10]));
        assert!(mod11_valid(&[1; 10]));
        assert!(all_same(&[1; 10]));
        assert!(!all_same(&[1, 1, 2]));
    }

    #[test]
    fn ddmmyy_dates() {
        assert!(is_ddmmyy(&[3, 0, 0, 6, 7, 6]));
        assert!(is_ddmmyy(&[2, 9, 0, 2, 0, 0]));
        assert!(!is_ddmmyy(&[2, 9, 0, 2, 0, 1]));
        assert!(!is_ddmmyy(&[3, 1, 0, 4, 9, 0]));
        assert!(!is_ddmmyy(&[0, 0, 0, 1, 9, 0]));
        assert!(!is_ddmmyy(&[1, 0, 1, 3, 9, 0]));
        assert!(!is_ddmmyy(&[1, 0]));
    }
}
