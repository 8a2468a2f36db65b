/** The text an output holds, edited alike by ContentService's TextOutput and HtmlService's HtmlOutput. */
export class FakeOutputContent {
  constructor(private content = '') {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
}
