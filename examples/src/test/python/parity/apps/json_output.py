"""Parity twin of gradio4j's parity.JsonOutput: a JSON output (Gradio's json demos)."""
import gradio as gr


def profile(word):
    lower = word.lower()
    return {
        "word": word,
        "length": len(word),
        "vowels": sum(1 for c in lower if c in "aeiou"),
        "letters": sorted(set(c for c in lower if c.isalpha())),
        "palindrome": lower == lower[::-1],
        "halves": {"front": word[: len(word) // 2], "back": word[len(word) // 2 :]},
    }


demo = gr.Interface(profile, gr.Textbox(label="word"), gr.JSON(label="profile"), flagging_mode="never")

CALLS = [
    {"api": "/profile", "args": ["Racecar"]},
    {"api": "/profile", "args": ["gradio"]},
]
