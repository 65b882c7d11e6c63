package org.rapporteur.store;

/**
 * How the ids a model object refers to become store keys. A whole-meeting insert maps an import's own
 * numbering to the keys it just made; an edit of a stored meeting already holds store keys.
 */
interface Refs {
    Long delegation(Long id);

    Long person(Long id);

    Long document(Long id);

    Long entry(Long id);

    /** The model's ids are the store's keys. */
    Refs STORED = new Refs() {
        @Override
        public Long delegation(Long id) {
            return id;
        }

        @Override
        public Long person(Long id) {
            return id;
        }

        @Override
        public Long document(Long id) {
            return id;
        }

        @Override
        public Long entry(Long id) {
            return id;
        }
    };
}
