import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('given a sentence with Persian punctuation, when tokenized, then the normalized words remain', () => {
    assert.deepEqual(searchTerms('مشکلِ VPN، در ساختمان «مرکزی»؟!'), ['مشکل', 'vpn', 'در', 'ساختمان', 'مرکزی']);
  });

  it('given repeated words in different spellings, when tokenized, then each appears once', () => {
    assert.deepEqual(searchTerms('كتاب کتاب کتاب‌ها کتاب ها'), ['کتاب', 'کتابها']);
  });

  it('given a verb typed with a space, when tokenized, then it is one term', () => {
    assert.deepEqual(searchTerms('اینترنت وصل نمی شود'), ['اینترنت', 'وصل', 'نمیشود']);
  });

  it('given numbers and tracking codes, when tokenized, then they are ASCII terms', () => {
    assert.deepEqual(searchTerms('کد ۱۲۳۴-۵۶۷۱'), ['کد', '1234', '5671']);
  });

  it('given nothing searchable, when tokenized, then there are no terms', () => {
    assert.deepEqual(searchTerms(' ،؛ - '), []);
  });
});
