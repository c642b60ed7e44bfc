#!/usr/bin/env python3
"""Cut each article of a dataset JSONL to its first paragraphs: just enough to hold 4 sentences of 6 words or more
(the count check_keypoints.py uses for "too few key points"). A stress set for the box on short news: with one
sentence in the summary, every other sentence has to stand alone as a key point. Python 3, standard library only.

  python3 short_articles.py DATASET.jsonl SHORT.jsonl

Articles that are already that short, or never reach 4 such sentences, are left out; ids get a "-short" suffix."""
import json, re, sys

def sentences(text):
    # The same split and word count as check_keypoints.py, so that "4 sentences" means the same thing.
    return [s for s in re.split(r'(?<=[.!؟?])\s+|\n+', text or '') if len(re.findall(r'\w+', s)) >= 6]

def main():
    source, target = sys.argv[1], sys.argv[2]
    kept = 0
    with open(source, encoding='utf-8') as lines, open(target, 'w', encoding='utf-8') as out:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            paragraphs = article.get('text', '').split('\n')
            for count in range(1, len(paragraphs) + 1):
                text = '\n'.join(paragraphs[:count])
                if len(sentences(text)) >= 4:
                    break
            else:
                continue
            if text == article.get('text'):
                continue
            article['text'], article['id'] = text, article['id'] + '-short'
            out.write(json.dumps(article, ensure_ascii=False) + '\n')
            kept += 1
    print(f'{kept} short articles: {target}')

if __name__ == '__main__':
    main()
